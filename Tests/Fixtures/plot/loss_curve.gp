# MLP Workbook figure: loss curve — Golden loss curve
# $loss: epoch, one loss column per run, validation accuracy (fraction)
set terminal pngcairo size 1280,800 enhanced font "DejaVu Sans,16" linewidth 1.5
set encoding utf8
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
$loss << EOD
# epoch loss1 loss2 val_acc
1 0.56000 0.67000 0.5500
2 0.44800 0.64000 0.6000
3 0.35840 0.61000 0.6500
4 0.28672 0.58000 0.7000
5 0.22938 0.55000 0.7500
6 0.18350 0.52000 0.8000
7 0.14680 0.49000 0.8500
8 0.11744 0.46000 0.9000
9 0.09395 NaN 0.9500
10 0.07516 NaN 1.0000
11 0.06013 NaN 1.0000
12 0.04810 NaN 1.0000
EOD
set title "Golden loss curve" font ",17"
set xlabel "epoch"
set ylabel "loss"
set xrange [0:12]
set key below center horizontal samplen 3 spacing 1.2 height 1
set yrange [0:*]
set border 11 back lw 1 lc rgb "#404040"
set y2label "validation accuracy" textcolor rgb "#009E73"
set y2tics out nomirror textcolor rgb "#009E73"
set format y2 "%g%%"
set y2range [50:100]
set arrow 1 from 10, graph 0 to 10, graph 1 nohead back lw 1.2 dt (3,4) lc rgb "#555555"
plot $loss using 1:2 with lines ls 1 title "lr\\_0.1", \
     $loss using 1:3 with lines ls 2 title "lr 0.01", \
     $loss using 1:(100*$4) axes x1y2 with lines ls 3 title "validation accuracy", \
     $loss every ::9::9 using 1:(100*$4) axes x1y2 with points pt 7 ps 2 lc rgb "white" notitle, \
     $loss every ::9::9 using 1:(100*$4) axes x1y2 with points pt 7 ps 1.4 lc rgb "#555555" title "best epoch 10 (100.0%)"
