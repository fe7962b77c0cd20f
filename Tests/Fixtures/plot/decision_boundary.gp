# MLP Workbook figure: decision boundary — Golden boundary · σ(3(x_2 − sin x_1))
# $grid: x1 x2 P(class 1) on a 9×5 grid; $train, $test: x1 x2 class
set terminal pngcairo size 1280,800 enhanced font "DejaVu Sans,16" linewidth 1.5
set encoding utf8
$grid << EOD
# x1 x2 p
-2.0000 -1.2000 0.2948
-1.5000 -1.2000 0.3526
-1.0000 -1.2000 0.2543
-0.5000 -1.2000 0.1032
0.0000 -1.2000 0.0266
0.5000 -1.2000 0.0064
1.0000 -1.2000 0.0022
1.5000 -1.2000 0.0014
2.0000 -1.2000 0.0018

-2.0000 -0.6000 0.7166
-1.5000 -0.6000 0.7672
-1.0000 -0.6000 0.6736
-0.5000 -0.6000 0.4105
0.0000 -0.6000 0.1419
0.5000 -0.6000 0.0378
1.0000 -0.6000 0.0131
1.5000 -0.6000 0.0082
2.0000 -0.6000 0.0107

-2.0000 0.0000 0.9387
-1.5000 0.0000 0.9522
-1.0000 0.0000 0.9258
-0.5000 0.0000 0.8082
0.0000 0.0000 0.5000
0.5000 0.0000 0.1918
1.0000 0.0000 0.0742
1.5000 0.0000 0.0478
2.0000 0.0000 0.0613

-2.0000 0.6000 0.9893
-1.5000 0.6000 0.9918
-1.0000 0.6000 0.9869
-0.5000 0.6000 0.9622
0.0000 0.6000 0.8581
0.5000 0.6000 0.5895
1.0000 0.6000 0.3264
1.5000 0.6000 0.2328
2.0000 0.6000 0.2834

-2.0000 1.2000 0.9982
-1.5000 1.2000 0.9986
-1.0000 1.2000 0.9978
-0.5000 1.2000 0.9936
0.0000 1.2000 0.9734
0.5000 1.2000 0.8968
1.0000 1.2000 0.7457
1.5000 1.2000 0.6474
2.0000 1.2000 0.7052

EOD
$train << EOD
# x1 x2 class
-1.5000 0.8000 1
0.5000 -0.6000 0
1.2000 1.1000 1
-0.3000 -0.9000 0
EOD
set style line 1 lt 1 lc rgb "#0072B2" lw 2.5 dt 1 pt 7 ps 1.3
set style line 2 lt 2 lc rgb "#D55E00" lw 2.5 dt (10,6) pt 9 ps 1.3
set style line 3 lt 3 lc rgb "#009E73" lw 2.5 dt (14,6,3,6) pt 5 ps 1.3
set style line 4 lt 4 lc rgb "#CC79A7" lw 2.5 dt (3,5) pt 13 ps 1.3
set style line 5 lt 5 lc rgb "#E69F00" lw 2.5 dt (20,6,3,6,3,6) pt 11 ps 1.3
set style line 6 lt 6 lc rgb "#56B4E9" lw 2.5 dt (6,3) pt 15 ps 1.3
set style line 7 lt 7 lc rgb "#000000" lw 2.5 dt (24,10) pt 7 ps 1.3
set style line 8 lt 8 lc rgb "#F0E442" lw 2.5 dt (2,3,8,3) pt 9 ps 1.3
set border 3 back lw 1 lc rgb "#404040"
set tics nomirror out scale 0.6 textcolor rgb "#404040"
set grid back lt 1 lw 1 lc rgb "#e6e6e6"
if (GPVAL_TERM eq "dumb") unset grid  # no room for a grid in a text preview
set xrange [-2:2]
set yrange [-1.2:1.2]
# the P = 0.5 level set, traced by gnuplot's contouring into $boundary
set contour base
set cntrparam levels discrete 0.5
unset surface
set table $boundary
splot $grid using 1:2:3
unset table
unset contour
set surface
set title "Golden boundary · σ(3(x_2 − sin x_1))" font ",17"
set xlabel "x_1"
set ylabel "x_2"
set size ratio -1
unset grid
set border 15 front lw 1 lc rgb "#404040"
set tics out nomirror front
set key below center horizontal maxrows 1 samplen 2 width 1
set bmargin 5.45
set palette defined (0 "#416695", 0.5 "#f7f7f7", 1 "#FFC870")
set cbrange [0:1]
set cbtics 0.25 out nomirror
set cblabel "P(above \\{sine\\} | x)"
plot $grid using 1:2:3 with image notitle, \
     $train using ($3 == 0 ? $1 : NaN):2 with points pt 7 ps 1.8 lc rgb "white" notitle, \
     $train using ($3 == 0 ? $1 : NaN):2 with points pt 7 ps 1.3 lc rgb "#003f62" title "below\\_sine", \
     $train using ($3 == 1 ? $1 : NaN):2 with points pt 9 ps 1.8 lc rgb "white" notitle, \
     $train using ($3 == 1 ? $1 : NaN):2 with points pt 9 ps 1.3 lc rgb "#753400" title "above \\{sine\\}", \
     $boundary using 1:2 with lines lw 3 lc rgb "#1a1a1a" title "P = 0.5"
